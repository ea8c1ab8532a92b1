/**
 * No user-facing string outside a message catalogue: the TypeScript compiler reads the files listed
 * below and every string or template literal that holds two words or more (letters, then a space
 * or punctuation, then letters) must sit in a catalogue, where it has its Swedish beside its
 * English. Import and export paths, string types ('critical' | 'population') and test files are
 * not text for people; catalogue files (messages/, *-messages.ts, core's i18n words) are where the
 * text belongs. To check more code, add its folder or file to CHECKED: one line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The files and folders whose text for people must come from a catalogue. */
const CHECKED = [
  'packages/cli/src/render',
  'packages/cli/src/output',
  'packages/core/src/reports/scenario-document.ts',
  'packages/core/src/reports/report-document.ts',
  'packages/core/src/reports/report-tables.ts',
  'packages/core/src/reports/findings.ts',
  'packages/core/src/reports/charts.ts',
  'packages/core/src/reports/format.ts',
  'packages/cli/src/report/render-map.ts',
  'packages/viewer/src',
];

/** Where text for people belongs: the catalogues themselves. */
const CATALOGUE = [/\/messages\//, /-messages\.ts$/, /^packages\/core\/src\/i18n\/words\.ts$/];

/**
 * Two words of letters in one literal: what a person reads. Words are parted by spaces (after a
 * comma, colon, full stop ... or not) or by a comma, colon or semicolon; a full stop alone joins
 * a file name to its extension ("report.md") and does not part words.
 */
const WORDS = /\p{L}{2,}(?:[,.:;]? +|[,:;])\p{L}{2,}/u;

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
    .map((file) => relative(ROOT, join(full, file)).split('\\').join('/'))
    .sort();
}

/** A literal that is not text: a module path, or a string type. */
function notText(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    ts.isExternalModuleReference(parent) ||
    ts.isLiteralTypeNode(parent) ||
    (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword)
  );
}

/** The literal pieces of a string or template literal (a template's text between its values). */
function pieces(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  return [];
}

/**
 * What a person reads of a literal's pieces: markup (a literal that starts with a tag, such as an
 * SVG written as a template) is read without its tags and their attributes, so that only the text
 * between tags counts; other literals are read whole.
 */
function readable(texts: string[]): string[] {
  const whole = texts.join('\u0001');
  return whole.trimStart().startsWith('<') ? [whole.replace(/<[^>]*>/g, ' ')] : texts;
}

/** Every literal in `file` with two words or more, as "file:line: text". */
function textOutsideCatalogue(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const texts = pieces(node);
    if (texts.length > 0) {
      if (!notText(node) && readable(texts).some((text) => WORDS.test(text))) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push(`${file}:${line + 1}: ${node.getText(source).slice(0, 80)}`);
      }
      if (ts.isTemplateExpression(node)) node.templateSpans.forEach((span) => visit(span.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = CHECKED.flatMap(sourceFiles).filter((file) => !CATALOGUE.some((pattern) => pattern.test(file)));

describe('text for people comes from a catalogue', () => {
  it('checks the files it is given', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(files)('%s has no sentence outside a catalogue', (file) => {
    expect(textOutsideCatalogue(file)).toEqual([]);
  });

  it('finds a sentence when there is one (the check can fail)', () => {
    const probe = ts.createSourceFile(
      'probe.ts',
      "const a = `${n} more residents`; const b = 'Ja,nej'; const c = `${d}/report.md`; import x from 'a b';",
      ts.ScriptTarget.Latest,
      true,
    );
    const literals: string[] = [];
    const visit = (node: ts.Node): void => {
      if (pieces(node).some((text) => WORDS.test(text)) && !notText(node)) literals.push(node.getText(probe));
      ts.forEachChild(node, visit);
    };
    visit(probe);
    expect(literals).toEqual(['`${n} more residents`', "'Ja,nej'"]);
  });
});
