/**
 * `Same<A, B>` is `true` only when each type is assignable to the other. Each response schema
 * of this folder is checked against its contract type with it (`const _: Same<…> = true`), so a
 * schema that disagrees with its type does not compile.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
