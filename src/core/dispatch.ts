import type { z } from 'zod';
import { contract, isMethod, writes, type Method, type Output, type ParsedInput } from '../shared/contract';
import { AppError, type Result } from '../shared/errors';

/** One handler per contract method; a missing one fails typecheck. */
export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>> };
export type Logger = (message: string, err?: unknown) => void;
export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

/**
 * The only way into the core: unknown methods and invalid input are refused before any handler
 * runs; expected failures come back as their AppError; anything else is logged and reported as
 * `internal` so no stack trace leaks to an untrusted caller. With `readOnly` (the refusal that says why the
 * database may not change), a method the contract marks `writes` is refused with that reason before its handler runs.
 */
export function createDispatch(
  handlers: Handlers,
  log: Logger,
  translate: (err: unknown) => unknown = (err) => err,
  readOnly: AppError | null = null,
): Dispatch {
  return async (method, input) => {
    if (!isMethod(method))
      return fail('unknown_method', `Tidemark has no method called "${String(method).slice(0, 80)}".`);
    if (readOnly !== null && writes(method)) return { ok: false, error: readOnly.info };
    const parsed = (contract[method].input as z.ZodType).safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? issue.path.join('.') : 'input';
      return fail('bad_input', `${method}: ${where}: ${issue?.message ?? 'invalid input'}`);
    }
    try {
      const handler = handlers[method] as (i: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (thrown) {
      // A known failure of the layer below (a full disk) becomes the AppError a person can act on.
      const err = translate(thrown);
      if (err instanceof AppError) return { ok: false, error: err.info };
      log(`${method} failed`, err);
      return { ok: false, error: new AppError('internal', { key: 'core.internal' }).info };
    }
  };
}

function fail(code: AppError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
