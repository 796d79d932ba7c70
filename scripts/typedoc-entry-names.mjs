// TypeDoc plugin (typedoc.json): each entry point's module is named by the specifier a storefront imports it with
// (`dr-checkout-widget/checkout`, not `entries/checkout`), read from package.json "exports": the export whose
// declaration file, dist/types/<path>.d.ts, is built from src/<path>.ts.
import { readFileSync } from 'node:fs';
import { Converter, ReflectionKind } from 'typedoc';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const specifiers = new Map();
for (const [subpath, target] of Object.entries(pkg.exports)) {
  const types = typeof target === 'object' ? target.types : undefined;
  const match = types && /^\.\/dist\/types\/(.+)\.d\.ts$/.exec(types);
  if (match) specifiers.set(`src/${match[1]}.ts`, subpath === '.' ? pkg.name : `${pkg.name}${subpath.slice(1)}`);
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      const file = context.project.getSymbolIdFromReflection(module)?.packagePath;
      const specifier = file && specifiers.get(file);
      if (!specifier) throw new Error(`typedoc: the entry point ${file ?? module.name} is not a package.json export`);
      module.name = specifier;
    }
  });
}
