// A TypeDoc plugin (typedoc.json "plugin") for the model types that zod infers
// (`export type Ladder = z.infer<typeof LadderSchema>`). Without it the reference shows them as
// `z.infer<typeof ...>`, and everywhere they are used (`analyzeGap(ladder, profile)`) as one long
// inline object, because the inferred type carries no name of its own.
//
// 1. An inferred alias that is a union (`Rating`, `Expectation`, `TrackKind`) is shown as the union,
//    and so is one taken from a constant (`(typeof GAP_FORMATS)[number]`). Inferred object types
//    are shown as interfaces by a `@interface` tag on their TSDoc; their properties lose the
//    "default value" TypeDoc reads from the schema (`apiVersion = ApiVersionSchema`).
// 2. An inline object whose properties are exactly those of such an interface becomes a link to it.
import { Converter, Models, TypeScript as ts } from "typedoc";

const { ReflectionKind, ReferenceType, ReflectionType } = Models;

/** True for `type X = z.infer<typeof XSchema>` and `type X = (typeof X_VALUES)[number]`. */
function isInferred(declaration) {
  if (declaration === undefined || !ts.isTypeAliasDeclaration(declaration)) return false;
  return /^(z\.(infer|output)<|\(typeof \w+\)\[number\]$)/.test(declaration.type.getText());
}

/** The property names of an object, optional ones marked: what tells the model types apart. */
function shapeOf(children = []) {
  return children.map((child) => child.name + (child.flags.isOptional ? "?" : "")).sort().join(",");
}

/** Replaces inline objects shaped like a model type by a reference to it, at any depth of a type. */
function relink(type, models, project) {
  if (!type) return type;
  if (type instanceof ReflectionType) {
    const target = models.get(shapeOf(type.declaration.children));
    if (!target) return type;
    project.removeReflection(type.declaration);
    return ReferenceType.createResolvedReference(target.name, target, project);
  }
  if (type.type === "array") type.elementType = relink(type.elementType, models, project);
  if (type.type === "union" || type.type === "intersection") type.types = type.types.map((t) => relink(t, models, project));
  if (type.type === "reference" && type.typeArguments) type.typeArguments = type.typeArguments.map((t) => relink(t, models, project));
  return type;
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  // Union aliases are converted while their file is (the checker is gone at resolve time), and
  // their type is set at resolve time, after TypeDoc has set the written one.
  const unions = new Map();
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    const declaration = context.getSymbolFromReflection(reflection)?.declarations?.[0];
    if (!reflection.kindOf(ReflectionKind.TypeAlias) || !isInferred(declaration)) return;
    unions.set(reflection, context.converter.convertType(context.withScope(reflection), context.checker.getTypeAtLocation(declaration.name)));
  });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const { project } = context;
    for (const [reflection, type] of unions) reflection.type = type;
    unions.clear();
    const models = new Map();
    for (const reflection of Object.values(project.reflections)) {
      if (!reflection.kindOf(ReflectionKind.Interface)) continue;
      if (!isInferred(context.getSymbolFromReflection(reflection)?.declarations?.[0])) continue;
      models.set(shapeOf(reflection.children), reflection);
      for (const child of reflection.children ?? []) child.defaultValue = undefined;
    }
    for (const reflection of Object.values(project.reflections))
      if ("type" in reflection && !reflection.kindOf(ReflectionKind.TypeLiteral)) reflection.type = relink(reflection.type, models, project);
  });
}
