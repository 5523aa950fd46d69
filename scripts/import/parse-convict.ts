/**
 * Reads convict schemas out of FxA's config sources (TypeScript or JavaScript) with the TypeScript
 * compiler's parser, never by running them: each `convict({...})` object is walked, and what it is built
 * from is followed through the source: constants, spreads, imports and requires, and the shared factory
 * functions (makeMySQLConfig('AUTH', 'fxa') and the like) with their parameters bound to the call's
 * arguments. A default that is not a literal is kept as its source text, for a person to read.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type * as TS from 'typescript';
import type { ConvictLeaf } from './to-env.ts';

export interface ParsedLeaf extends ConvictLeaf {
  /** The file the leaf is written in, relative to the source root. */
  origin: string;
}

// the compiler is big: loaded only when an import runs
const ts = (): typeof TS => createRequire(import.meta.url)('typescript') as typeof TS;

const NOT_LITERAL = Symbol('not a literal');
type Bindings = ReadonlyMap<string, unknown>;
interface Scope { file: TS.SourceFile; bindings: Bindings }
interface ObjectAt { node: TS.ObjectLiteralExpression; scope: Scope }

const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '.cjs', '/index.ts', '/index.js'];

export class SourceTree {
  private readonly files = new Map<string, TS.SourceFile>();
  private readonly packages = new Map<string, string>();
  private readonly aliases: [string, string][] = [];

  constructor(readonly root: string) {
    // workspace packages by their package.json name (fxa-shared -> packages/fxa-shared)
    for (const group of ['packages', 'libs']) {
      const dir = join(root, group);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)) {
        const pkg = join(dir, name, 'package.json');
        if (existsSync(pkg)) this.packages.set((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name ?? name, join(dir, name));
      }
    }
    // path aliases of the monorepo's tsconfig (@fxa/shared/db/mysql -> libs/shared/db/mysql/core/src/index.ts)
    for (const f of ['tsconfig.base.json', 'tsconfig.json']) {
      const p = join(root, f);
      if (!existsSync(p)) continue;
      const config = ts().parseConfigFileTextToJson(p, readFileSync(p, 'utf8')).config as { compilerOptions?: { paths?: Record<string, string[]> } } | undefined;
      for (const [alias, targets] of Object.entries(config?.compilerOptions?.paths ?? {})) if (targets[0]) this.aliases.push([alias, targets[0]]);
    }
  }

  file(path: string): TS.SourceFile {
    let sf = this.files.get(path);
    if (!sf) {
      const t = ts();
      sf = t.createSourceFile(path, readFileSync(path, 'utf8'), t.ScriptTarget.Latest, true, /\.(m|c)?js$/.test(path) ? t.ScriptKind.JS : t.ScriptKind.TS);
      this.files.set(path, sf);
    }
    return sf;
  }

  /** The file an import specifier names, or undefined for a package outside the tree (convict itself). */
  resolve(from: string, spec: string): string | undefined {
    const candidates: string[] = [];
    if (spec.startsWith('.')) candidates.push(join(dirname(from), spec));
    for (const [alias, target] of this.aliases) {
      if (alias === spec) candidates.push(join(this.root, target));
      else if (alias.endsWith('*') && spec.startsWith(alias.slice(0, -1))) candidates.push(join(this.root, target.replace('*', spec.slice(alias.length - 1))));
    }
    const [scope, ...rest] = spec.startsWith('@') ? [spec.split('/').slice(0, 2).join('/'), ...spec.split('/').slice(2)] : spec.split('/');
    const pkg = this.packages.get(scope!);
    if (pkg) candidates.push(join(pkg, ...rest));
    for (const c of candidates) {
      for (const ext of EXTENSIONS) {
        const p = c.replace(/\.js$/, '') + ext;
        if (existsSync(p) && !p.endsWith('/')) {
          try {
            if (readdirSync(p)) continue; // a directory
          } catch {
            return p;
          }
        }
      }
    }
    return undefined;
  }

  relative(path: string): string {
    return relative(this.root, path);
  }
}

/** Expressions that only wrap another: (x), x as T, x satisfies T, <T>x, x!. */
function unwrap(node: TS.Expression): TS.Expression {
  const t = ts();
  let n = node;
  while (t.isParenthesizedExpression(n) || t.isAsExpression(n) || t.isSatisfiesExpression(n) || t.isTypeAssertionExpression(n) || t.isNonNullExpression(n)) n = n.expression;
  return n;
}

const text = (node: TS.Node): string => node.getText().replace(/\s+/g, ' ').trim();

function propertyName(name: TS.PropertyName, scope: Scope, tree: SourceTree): string | undefined {
  const t = ts();
  if (t.isIdentifier(name) || t.isStringLiteral(name) || t.isNumericLiteral(name) || t.isPrivateIdentifier(name)) return name.text;
  if (t.isComputedPropertyName(name)) {
    const v = evaluate(name.expression, scope, tree);
    return typeof v === 'string' ? v : undefined;
  }
  return undefined;
}

/** Where a name is declared in a file: a top-level const, function, import or require. */
function declaration(name: string, scope: Scope, tree: SourceTree): { node: TS.Node; scope: Scope } | undefined {
  const t = ts();
  for (const stmt of scope.file.statements) {
    if (t.isFunctionDeclaration(stmt) && stmt.name?.text === name) return { node: stmt, scope: { file: scope.file, bindings: new Map() } };
    if (t.isVariableStatement(stmt)) {
      for (const d of stmt.declarationList.declarations) {
        if (t.isIdentifier(d.name) && d.name.text === name && d.initializer) {
          const req = requireOf(d.initializer);
          if (req) return exported(tree.resolve(scope.file.fileName, req), 'default', tree, true);
          return { node: d.initializer, scope: { file: scope.file, bindings: new Map() } };
        }
        // const { makeRedisConfig } = require('fxa-shared/...')
        if (t.isObjectBindingPattern(d.name) && d.initializer && requireOf(d.initializer)) {
          for (const el of d.name.elements) {
            if (t.isIdentifier(el.name) && el.name.text === name) {
              const imported = el.propertyName && t.isIdentifier(el.propertyName) ? el.propertyName.text : name;
              return exported(tree.resolve(scope.file.fileName, requireOf(d.initializer)!), imported, tree);
            }
          }
        }
      }
    }
    if (t.isImportDeclaration(stmt) && t.isStringLiteral(stmt.moduleSpecifier) && stmt.importClause) {
      const from = tree.resolve(scope.file.fileName, stmt.moduleSpecifier.text);
      const clause = stmt.importClause;
      if (clause.name?.text === name) return exported(from, 'default', tree);
      const bindings = clause.namedBindings;
      if (bindings && t.isNamedImports(bindings)) {
        for (const el of bindings.elements) if (el.name.text === name) return exported(from, el.propertyName?.text ?? name, tree);
      }
    }
  }
  return undefined;
}

const requireOf = (node: TS.Expression): string | undefined => {
  const t = ts();
  const n = unwrap(node);
  return t.isCallExpression(n) && t.isIdentifier(n.expression) && n.expression.text === 'require' && n.arguments[0] && t.isStringLiteral(n.arguments[0]) ? n.arguments[0].text : undefined;
};

/** An exported name of a file: `export const`, `export function`, `export { a as b }`, re-exports, `module.exports`. */
function exported(file: string | undefined, name: string, tree: SourceTree, wholeModule = false): { node: TS.Node; scope: Scope } | undefined {
  if (!file) return undefined;
  const t = ts();
  const sf = tree.file(file);
  const scope: Scope = { file: sf, bindings: new Map() };
  for (const stmt of sf.statements) {
    const isExported = t.canHaveModifiers(stmt) && t.getModifiers(stmt)?.some((m) => m.kind === t.SyntaxKind.ExportKeyword);
    if (isExported && (t.isFunctionDeclaration(stmt) || t.isVariableStatement(stmt))) {
      const found = declaration(name, scope, tree);
      if (found) return found;
    }
    if (t.isExportAssignment(stmt) && name === 'default') return { node: stmt.expression, scope };
    if (t.isExportDeclaration(stmt)) {
      const clause = stmt.exportClause;
      const from = stmt.moduleSpecifier && t.isStringLiteral(stmt.moduleSpecifier) ? tree.resolve(file, stmt.moduleSpecifier.text) : undefined;
      if (!clause && from) {
        const found = exported(from, name, tree); // export * from '...'
        if (found) return found;
      } else if (clause && t.isNamedExports(clause)) {
        for (const el of clause.elements) {
          if (el.name.text !== name) continue;
          const local = el.propertyName?.text ?? name;
          return from ? exported(from, local, tree) : declaration(local, scope, tree);
        }
      }
    }
    // module.exports = {...} / module.exports.name = ...
    if (t.isExpressionStatement(stmt) && t.isBinaryExpression(stmt.expression) && stmt.expression.operatorToken.kind === t.SyntaxKind.EqualsToken) {
      const target = text(stmt.expression.left);
      if (target === `module.exports.${name}` || target === `exports.${name}`) return { node: stmt.expression.right, scope };
      if (target === 'module.exports') {
        if (wholeModule || name === 'default') return { node: stmt.expression.right, scope };
        const right = unwrap(stmt.expression.right);
        if (t.isObjectLiteralExpression(right)) {
          for (const p of right.properties) {
            if (t.isShorthandPropertyAssignment(p) && p.name.text === name) return declaration(name, scope, tree);
            if (t.isPropertyAssignment(p) && propertyName(p.name, scope, tree) === name) return { node: p.initializer, scope };
          }
        }
      }
    }
  }
  return declaration(name, scope, tree);
}

/** The value of a literal-like expression (strings, numbers, templates over bound names, arrays, objects), or NOT_LITERAL. */
function evaluate(node: TS.Expression, scope: Scope, tree: SourceTree, depth = 0): unknown {
  const t = ts();
  const n = unwrap(node);
  if (depth > 20) return NOT_LITERAL;
  if (t.isStringLiteral(n) || t.isNoSubstitutionTemplateLiteral(n)) return n.text;
  if (t.isNumericLiteral(n)) return Number(n.text.replace(/_/g, ''));
  if (n.kind === t.SyntaxKind.TrueKeyword) return true;
  if (n.kind === t.SyntaxKind.FalseKeyword) return false;
  if (n.kind === t.SyntaxKind.NullKeyword) return null;
  if (t.isPrefixUnaryExpression(n) && n.operator === t.SyntaxKind.MinusToken) {
    const v = evaluate(n.operand, scope, tree, depth + 1);
    return typeof v === 'number' ? -v : NOT_LITERAL;
  }
  if (t.isTemplateExpression(n)) {
    let out = n.head.text;
    for (const span of n.templateSpans) {
      const v = evaluate(span.expression, scope, tree, depth + 1);
      if (v === NOT_LITERAL || (typeof v === 'object' && v !== null)) return NOT_LITERAL;
      out += String(v) + span.literal.text;
    }
    return out;
  }
  if (t.isArrayLiteralExpression(n)) {
    const items = n.elements.map((e) => evaluate(e, scope, tree, depth + 1));
    return items.includes(NOT_LITERAL) ? NOT_LITERAL : items;
  }
  if (t.isObjectLiteralExpression(n)) {
    const out: Record<string, unknown> = {};
    for (const p of n.properties) {
      if (!t.isPropertyAssignment(p)) return NOT_LITERAL;
      const key = propertyName(p.name, scope, tree);
      const v = evaluate(p.initializer, scope, tree, depth + 1);
      if (key === undefined || v === NOT_LITERAL) return NOT_LITERAL;
      out[key] = v;
    }
    return out;
  }
  if (t.isIdentifier(n)) {
    if (scope.bindings.has(n.text)) return scope.bindings.get(n.text);
    if (n.text === 'undefined') return undefined;
    const d = declaration(n.text, scope, tree);
    if (d && t.isExpression(d.node as TS.Expression) && !t.isFunctionLike(d.node)) return evaluate(d.node as TS.Expression, d.scope, tree, depth + 1);
  }
  return NOT_LITERAL;
}

/** A function's returned expression, with its parameters bound to the call's arguments. */
function callResult(call: TS.CallExpression, scope: Scope, tree: SourceTree): { node: TS.Expression; scope: Scope } | undefined {
  const t = ts();
  const callee = unwrap(call.expression);
  if (!t.isIdentifier(callee)) return undefined;
  const d = declaration(callee.text, scope, tree);
  if (!d) return undefined;
  const fn = t.isFunctionDeclaration(d.node) || t.isArrowFunction(d.node) || t.isFunctionExpression(d.node) ? d.node : undefined;
  if (!fn) return undefined;
  const bindings = new Map<string, unknown>();
  fn.parameters.forEach((p, i) => {
    if (!t.isIdentifier(p.name)) return;
    const arg = call.arguments[i];
    const value = arg ? evaluate(arg, scope, tree) : p.initializer ? evaluate(p.initializer, d.scope, tree) : undefined;
    if (value !== NOT_LITERAL) bindings.set(p.name.text, value);
  });
  const inner: Scope = { file: d.scope.file, bindings };
  if (t.isArrowFunction(fn) && !t.isBlock(fn.body)) return { node: fn.body, scope: inner };
  let returned: TS.Expression | undefined;
  const visit = (node: TS.Node): void => {
    if (returned) return;
    if (t.isReturnStatement(node) && node.expression) returned = node.expression;
    else if (!t.isFunctionLike(node)) t.forEachChild(node, visit);
  };
  if (fn.body) t.forEachChild(fn.body, visit);
  return returned ? { node: returned, scope: inner } : undefined;
}

/** The object literal an expression stands for: itself, a constant, an imported one, or a factory's result. */
function objectOf(node: TS.Expression, scope: Scope, tree: SourceTree, depth = 0): ObjectAt | undefined {
  const t = ts();
  const n = unwrap(node);
  if (depth > 20) return undefined;
  if (t.isObjectLiteralExpression(n)) return { node: n, scope };
  if (t.isIdentifier(n)) {
    const d = declaration(n.text, scope, tree);
    return d && t.isExpression(d.node as TS.Expression) ? objectOf(d.node as TS.Expression, d.scope, tree, depth + 1) : undefined;
  }
  if (t.isCallExpression(n)) {
    const r = callResult(n, scope, tree);
    return r ? objectOf(r.node, r.scope, tree, depth + 1) : undefined;
  }
  return undefined;
}

/** The properties of a schema object, spreads flattened in source order. */
function properties(obj: ObjectAt, tree: SourceTree): { name: string; value: TS.Expression; scope: Scope }[] {
  const t = ts();
  const out: { name: string; value: TS.Expression; scope: Scope }[] = [];
  for (const p of obj.node.properties) {
    if (t.isPropertyAssignment(p)) {
      const name = propertyName(p.name, obj.scope, tree);
      if (name !== undefined) out.push({ name, value: p.initializer, scope: obj.scope });
    } else if (t.isShorthandPropertyAssignment(p)) {
      out.push({ name: p.name.text, value: p.name, scope: obj.scope });
    } else if (t.isSpreadAssignment(p)) {
      const spread = objectOf(p.expression, obj.scope, tree);
      if (spread) out.push(...properties(spread, tree));
    }
  }
  return out;
}

/** convict's built-in format names; a function or another expression is a custom format. */
function format(node: TS.Expression | undefined, scope: Scope, tree: SourceTree): unknown {
  if (!node) return undefined;
  const t = ts();
  const n = unwrap(node);
  if (t.isIdentifier(n) && ['String', 'Number', 'Boolean', 'Array', 'Object', 'RegExp'].includes(n.text)) return n.text;
  const v = evaluate(n, scope, tree);
  return v === NOT_LITERAL ? 'custom' : v;
}

function leaf(path: string, obj: ObjectAt, tree: SourceTree): ParsedLeaf | undefined {
  const props = new Map(properties(obj, tree).map((p) => [p.name, p]));
  const get = (k: string): unknown => {
    const p = props.get(k);
    return p ? evaluate(p.value, p.scope, tree) : undefined;
  };
  const env = get('env');
  if (typeof env !== 'string') return undefined; // not read from the environment
  const def = props.get('default')!;
  const value = evaluate(def.value, def.scope, tree);
  const doc = get('doc');
  const f = props.get('format');
  return {
    path,
    env,
    format: format(f?.value, f?.scope ?? obj.scope, tree),
    default: value === NOT_LITERAL ? { $expr: text(def.value) } : value === undefined ? { $undefined: true } : value,
    doc: typeof doc === 'string' ? doc : '',
    ...(get('sensitive') === true ? { sensitive: true } : {}),
    origin: tree.relative(obj.scope.file.fileName),
  };
}

/** A convict node is a leaf when it has a default; otherwise its properties are nested settings. */
function walk(obj: ObjectAt, path: string[], tree: SourceTree, out: ParsedLeaf[]): void {
  for (const p of properties(obj, tree)) {
    const child = objectOf(p.value, p.scope, tree);
    if (!child) continue;
    const at = [...path, p.name];
    if (properties(child, tree).some((c) => c.name === 'default')) {
      const l = leaf(at.join('.'), child, tree);
      if (l) out.push(l);
    } else walk(child, at, tree, out);
  }
}

/** Every convict leaf read from the environment in the schemas `convict(...)` is called with in `entry`. */
export function parseConvict(tree: SourceTree, entry: string): ParsedLeaf[] {
  const t = ts();
  const sf = tree.file(join(tree.root, entry));
  const scope: Scope = { file: sf, bindings: new Map() };
  const out: ParsedLeaf[] = [];
  const visit = (node: TS.Node): void => {
    if (t.isCallExpression(node)) {
      const callee = text(node.expression);
      if (/^(convict|convict\.default)$/.test(callee) && node.arguments[0]) {
        const schema = objectOf(node.arguments[0], scope, tree);
        if (schema) walk(schema, [], tree, out);
        return;
      }
    }
    t.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The value of a literal expression in a file (JSON-like data); throws on anything else. */
export function literalOf(node: TS.Expression, file: TS.SourceFile, tree: SourceTree): unknown {
  const v = evaluate(node, { file, bindings: new Map() }, tree);
  if (v === NOT_LITERAL) throw new Error(`${file.fileName}: not a literal: ${text(node)}`);
  return v;
}
