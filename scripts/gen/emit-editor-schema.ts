/**
 * types/values.schema.json: the whole values file in one draft-07 schema, for editors (the values files
 * carry a yaml-language-server modeline to it) and for anyone building values in code. The cross-field
 * rules are left out: they hold on values merged with the chart defaults, which an editor does not see
 * (`npm run validate` and Helm check them).
 */
import { CATALOG, type ServerSpec } from '../../schema/index.ts';
import { combinedSchema } from './combined-schema.ts';
import { json, type OutputFile } from './output.ts';

export const EDITOR_SCHEMA = 'types/values.schema.json';

/** The modeline that points a values file at the editor schema, from where the file lives. */
export const modeline = (fromDir: string): string => {
  const up = fromDir.split('/').filter(Boolean).map(() => '..').join('/');
  return `# yaml-language-server: $schema=${up}/${EDITOR_SCHEMA}\n`;
};

export function emitEditorSchema(catalog: readonly ServerSpec[] = CATALOG): OutputFile[] {
  const schema = combinedSchema(catalog, { definitions: 'root', rules: false });
  return [{
    path: EDITOR_SCHEMA,
    content: json({
      ...schema,
      $comment: 'Generated from schema/ by `npm run gen`. Do not edit. The fxa chart\'s values in one schema, for editors; the cross-field rules are checked by `npm run validate` and by Helm.',
      title: 'fxa chart values',
    }),
  }];
}
