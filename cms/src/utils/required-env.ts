/**
 * A secret the CMS cannot start without. Secrets have no default in code: a missing one stops the boot
 * with its name, instead of running with a guessable value.
 */
export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run ./pnpmw start once to generate cms/.env, or set it in the environment`);
  }
  return value;
}
