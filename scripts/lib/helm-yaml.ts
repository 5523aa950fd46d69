/**
 * YAML exactly as Helm reads values: YAML 1.1 (sigs.k8s.io/yaml is go-yaml v2), where y/n/on/off are
 * booleans, plus go-yaml's own leniency found by our fuzzer: it strips every underscore before parsing
 * a number, so `-_7` is the integer -7 (the yaml library, following the spec, keeps it a string).
 * The same options make the writer quote such strings, so what we write Helm reads back unchanged.
 */
import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';

type Tags = NonNullable<SchemaOptions['customTags']>;
type Tag = Extract<Tags, unknown[]>[number];

/** go-yaml: a sign, then underscores, then digits (and underscores) is an integer. */
const goSignedUnderscoreInt = {
  identify: () => false, // only for reading and for quoting; numbers are written the usual way
  default: true,
  tag: 'tag:yaml.org,2002:int',
  test: /^[-+]_+[0-9][0-9_]*$/,
  resolve: (s: string): number => Number(s.replace(/_/g, '')),
} as unknown as Tag;

export const HELM_YAML: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  customTags: (tags) => [goSignedUnderscoreInt, ...(tags as Tag[])],
};

