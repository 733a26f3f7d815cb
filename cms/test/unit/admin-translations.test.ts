/**
 * The admin's own strings in Vietnamese and English: both files hold the same ids, every message the
 * Site build page and widget use is there (with the English text as its default), no English is left
 * hard-coded in those components, and every content type and component is named in both languages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { enumerationLabels } from '../../src/admin/enumeration-labels.ts';
import { messages } from '../../src/admin/site-build/messages.ts';
import en from '../../src/admin/translations/en.json' with { type: 'json' };
import strapiGapsVi from '../../src/admin/translations/strapi-gaps.vi.json' with { type: 'json' };
import vi from '../../src/admin/translations/vi.json' with { type: 'json' };
import { TYPE_NAMES_VI } from '../../src/content-manager/type-names.ts';
import { projectSchemas } from '../support/schemas.ts';

const ADMIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'admin');
const translations: Record<'vi' | 'en', Record<string, string>> = { vi, en };
/** ICU's syntax tree, as far as placeholders go (@formatjs/icu-messageformat-parser, react-intl's parser). */
interface MessageElement {
  type: number;
  value?: unknown;
  options?: Record<string, { value: MessageElement[] }>;
  children?: MessageElement[];
}
const fromReactIntl = createRequire(createRequire(import.meta.url).resolve('react-intl/package.json'));
const { parse } = (await import(pathToFileURL(fromReactIntl.resolve('@formatjs/icu-messageformat-parser')).href)) as {
  parse: (message: string) => MessageElement[];
};
/** Literal (0) and # (7) elements carry no name; arguments, plurals, selects and tags do. */
function namesIn(elements: MessageElement[]): string[] {
  return elements.flatMap((element) => [
    ...(element.type !== 0 && element.type !== 7 && typeof element.value === 'string' ? [element.value] : []),
    ...Object.values(element.options ?? {}).flatMap((option) => namesIn(option.value)),
    ...namesIn(element.children ?? []),
  ]);
}
const placeholders = (text: string) => [...new Set(namesIn(parse(text)))].sort();

/** Strapi's own catalogues for the admin and the plugins an editor uses, keyed as the admin merges them. */
async function strapiCatalogue(locale: 'en' | 'vi'): Promise<Record<string, string>> {
  const fromStrapi = createRequire(createRequire(import.meta.url).resolve('@strapi/strapi/package.json'));
  const sources: Array<[pkg: string, dir: string, prefix: string]> = [
    ['@strapi/admin', 'dist/admin/admin/src/translations', ''],
    ['@strapi/content-manager', 'dist/admin/translations', 'content-manager.'],
    ['@strapi/i18n', 'dist/admin/translations', 'i18n.'],
    ['@strapi/upload', 'dist/admin/translations', 'upload.'],
    ['@strapi/content-type-builder', 'dist/admin/translations', 'content-type-builder.'],
  ];
  const catalogue: Record<string, string> = {};
  for (const [pkg, dir, prefix] of sources) {
    const file = path.join(path.dirname(fromStrapi.resolve(`${pkg}/package.json`)), dir, `${locale}.json.mjs`);
    if (!existsSync(file)) continue; // the i18n plugin ships no Vietnamese at all
    const table = ((await import(pathToFileURL(file).href)) as { default: Record<string, string> }).default;
    for (const [id, text] of Object.entries(table)) catalogue[`${prefix}${id}`] = text;
  }
  return catalogue;
}

/**
 * Ids Strapi's code uses with only an English default (no catalogue holds them): where, and the text
 * the code holds (plugins add their prefix at run time).
 */
const CODE_ONLY_IDS: Record<string, [pkg: string, file: string, literal: string]> = {
  'content-manager.plugin.name': ['@strapi/content-manager', 'dist/admin/index.mjs', 'content-manager.plugin.name'],
  'content-manager.containers.list.table-headers.status': [
    '@strapi/content-manager',
    'dist/admin/pages/ListView/ListViewPage.mjs',
    'containers.list.table-headers.status',
  ],
  'search.placeholder': ['@strapi/content-manager', 'dist/admin/components/LeftMenu.mjs', 'search.placeholder'],
};
function strapiCodeUses(id: string): boolean {
  const [pkg, file, literal] = CODE_ONLY_IDS[id] ?? ['', '', ''];
  const fromStrapi = createRequire(createRequire(import.meta.url).resolve('@strapi/strapi/package.json'));
  const source = path.join(path.dirname(fromStrapi.resolve(`${pkg}/package.json`)), file);
  return existsSync(source) && readFileSync(source, 'utf8').includes(literal);
}

const adminSources = [path.join(ADMIN, 'app.tsx'), ...readdirSync(path.join(ADMIN, 'site-build')).map((file) => path.join(ADMIN, 'site-build', file))];

describe('admin translations', () => {
  it('have the same ids in Vietnamese and English, none empty', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    for (const [locale, table] of Object.entries(translations)) {
      for (const [id, text] of Object.entries(table)) expect(text.trim(), `${locale} ${id}`).not.toBe('');
    }
  });

  it('cover every message of the Site build page and widget, English matching its default', () => {
    for (const message of Object.values(messages)) {
      expect(vi, message.id).toHaveProperty([message.id]);
      expect(en[message.id as keyof typeof en], message.id).toBe(message.defaultMessage);
    }
  });

  it('are valid ICU messages with the same placeholders in both languages', () => {
    const values = { error: 'e', count: 2, when: 'w', target: 't', reason: 'r', seconds: 2.5 };
    for (const locale of ['vi', 'en'] as const) {
      const errors: string[] = [];
      const intl = createIntl({ locale, messages: translations[locale], onError: (error) => errors.push(error.message) });
      for (const id of Object.keys(en)) intl.formatMessage({ id }, values);
      expect(errors, locale).toEqual([]);
    }
    for (const id of Object.keys(en)) expect(placeholders(translations.vi[id] ?? ''), id).toEqual(placeholders(translations.en[id] ?? ''));
    const vietnamese = createIntl({ locale: 'vi', messages: translations.vi });
    expect(vietnamese.formatMessage({ id: 'site-build.line.duration' }, { seconds: 2.5 })).toBe(', 2,5 giây');
    expect(vietnamese.formatMessage({ id: 'site-build.pending' }, { count: 3 })).toBe('3 thay đổi sẽ được gửi đi trong vài giây.');
  });

  it('leave no message id in the components without a translation, and no English text hard-coded', () => {
    for (const file of adminSources) {
      const source = readFileSync(file, 'utf8');
      for (const [, id] of source.matchAll(/\bid: '([^']+)',\s*defaultMessage/g)) expect(vi, `${path.basename(file)}: ${id}`).toHaveProperty([id ?? '']);
      if (!file.endsWith('.tsx')) continue;
      // Text between JSX tags that is not an expression: `>Rebuild now<`.
      // Code between two tags has punctuation (`;`, `(`, `=`…) that sentences here do not.
      const literal = [...source.matchAll(/>([^<>{};()=?:]*[A-Za-z][^<>{};()=?:]*)</g)].map((match) => match[1]?.trim());
      expect(literal, path.basename(file)).toEqual([]);
      // String props an editor reads.
      expect(source, path.basename(file)).not.toMatch(/\b(title|subtitle|label)="[^"]*[A-Za-z]/);
    }
  });

  it('name every content type (by its displayName) in Vietnamese, and every component (by uid and group) in both languages', () => {
    // Content types' English names are their displayName, which the admin shows when no translation exists.
    for (const schema of projectSchemas()) {
      if (schema.kind === 'contentType') {
        expect(TYPE_NAMES_VI, schema.uid).toHaveProperty([schema.displayName ?? '']);
        continue;
      }
      for (const id of [schema.uid, schema.category ?? '']) {
        expect(vi, `${schema.uid}: ${id}`).toHaveProperty([id]);
        expect(en, `${schema.uid}: ${id}`).toHaveProperty([id]);
      }
    }
    expect(TYPE_NAMES_VI).toMatchObject({
      Article: 'Bài viết',
      Partnership: 'Quan hệ đối tác',
      Delegation: 'Đoàn công tác',
      'Cooperation period': 'Giai đoạn hợp tác',
    });
  });

  it("fill only gaps of Strapi's own Vietnamese, with its English placeholders", async () => {
    const [strapiEn, strapiVi] = await Promise.all([strapiCatalogue('en'), strapiCatalogue('vi')]);
    for (const [id, text] of Object.entries(strapiGapsVi as Record<string, string>)) {
      if (id in CODE_ONLY_IDS) {
        expect(strapiCodeUses(id), `${id} is no longer used by Strapi`).toBe(true);
        continue;
      }
      const english = strapiEn[id];
      expect(english, `${id} is not a Strapi string (renamed in an upgrade?)`).toBeDefined();
      expect(strapiVi[id], `${id} is translated by Strapi now: drop it here`).toBeUndefined();
      expect(placeholders(text), id).toEqual(placeholders(english ?? ''));
      expect(() => parse(text), id).not.toThrow();
    }
  });

  it('name every value of every enumeration in both languages, without taking an id Strapi uses', async () => {
    const strapiIds = new Set(Object.keys(await strapiCatalogue('en')));
    for (const locale of ['vi', 'en'] as const) {
      const labels = enumerationLabels(locale);
      for (const schema of projectSchemas()) {
        for (const [field, attribute] of Object.entries(schema.attributes)) {
          if (attribute.type !== 'enumeration') continue;
          for (const value of attribute.enum as string[]) {
            expect(labels[value], `${locale}: ${schema.uid}.${field} = ${value}`).toBeTruthy();
            expect(strapiIds.has(value), `${value} is one of Strapi's own ids`).toBe(false);
          }
        }
      }
    }
    expect(enumerationLabels('vi')).toMatchObject({ twinning: 'Kết nghĩa', under_negotiation: 'Đang đàm phán', inbound: 'Đoàn vào' });
  });
});
