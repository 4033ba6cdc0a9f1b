import type { ApiName, ApiParsedArg, ApiValue } from '../../../shared/api/index.ts';
import type { ServiceContext } from '../context.ts';

/** A handler gets the schema's parsed output (defaults applied) and the call's context. */
export type Handler<N extends ApiName> = (arg: ApiParsedArg<N>, ctx: ServiceContext) => Promise<ApiValue<N>>;

export type Handlers = { [N in ApiName]: Handler<N> };

/** Exactly the methods of one domain (`<domain>-…`): the compiler checks a domain's file registers them all. */
export type DomainHandlers<D extends string> = {
  [N in ApiName as N extends `${D}-${string}` ? N : never]: Handler<N>;
};
