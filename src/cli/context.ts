import type { Api, AppEvent, Method } from '../shared/contract';
import type { Parsed } from './args';

export type Call = <M extends Method>(m: M, input: Parameters<Api[M]>[0]) => Promise<Awaited<ReturnType<Api[M]>>>;

/** What a command runs with: its parsed command line, the core's API and events, and stdout. */
export type Ctx = {
  args: Parsed;
  call: Call;
  onEvent: (listener: (e: AppEvent) => void) => () => void;
  out: (text: string) => void;
};
export type Command = (ctx: Ctx) => Promise<number>;
