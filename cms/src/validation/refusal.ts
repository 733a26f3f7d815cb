import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { describeProblem, type EntryProblem } from '@atlas/shared';
import { fieldLabel } from '../content-manager/field-texts';
import { typeNameVi } from '../content-manager/type-names';

/**
 * A refused save or publish, as the editor reads it: in Vietnamese, the entry named by its title, each
 * field by its label with its attribute name beside it (for API users), dates day first in Vietnam
 * time. `details.errors` carries one error per field with its path, which the admin turns into a
 * message under the field itself.
 */
export function entryName(strapi: Core.Strapi, uid: string, entry: Record<string, unknown>): string {
  const model = strapi.getModel(uid as UID.Schema);
  const title = [entry.title, entry.name].find((value): value is string => typeof value === 'string' && value.trim() !== '');
  const documentId = typeof entry.documentId === 'string' ? entry.documentId : null;
  const named = title ? `"${title.trim()}"` : documentId ? `(chưa có tiêu đề, ${documentId})` : '(mục mới)';
  return `${typeNameVi(model.info.displayName)} ${named}`;
}

/** `Tiêu đề (title)`: the label an editor sees, and the attribute an API user sends. */
function labelWithName(uid: string, path: string): string {
  const [field = path, ...rest] = path.split('.');
  const label = fieldLabel(uid, field);
  const shown = label === field ? field : `${label} (${field})`;
  return rest.length > 0 ? `${shown} › ${rest.join('.')}` : shown;
}

export function refuse(strapi: Core.Strapi, uid: string, entry: Record<string, unknown>, problems: EntryProblem[], action: 'save' | 'publish'): never {
  const sentences = problems.map((problem) => describeProblem(problem, 'vi', (field) => labelWithName(uid, field)));
  const verb = action === 'publish' ? 'Không thể xuất bản' : 'Không thể lưu';
  throw new errors.ValidationError(`${verb} ${entryName(strapi, uid, entry)}: ${sentences.join('; ')}`, {
    errors: problems.map((problem, index) => ({ path: problem.field.split('.'), message: sentences[index] ?? '', name: 'ValidationError' })),
  });
}
