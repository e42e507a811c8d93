import type { Api, AppEvent, Input, Method, Output } from './contract';
import { METHODS } from './contract';
import type { ErrorInfo, Result } from './errors';

/** How a call travels: Electron IPC or HTTP. Both carry the same `Result` envelope. */
export type Transport = {
  call(method: Method, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
};

export class ApiError extends Error {
  constructor(readonly info: ErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
  }
}

export type Client = Api & { onEvent: Transport['onEvent'] };

export function createClient(transport: Transport): Client {
  const api = {} as Record<Method, (input: unknown) => Promise<unknown>>;
  for (const method of METHODS) {
    api[method] = async (input: unknown) => {
      const result = await transport.call(method, input);
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    };
  }
  return Object.assign(api as unknown as Api, { onEvent: transport.onEvent });
}

export type { Input, Output };
