import type { ServerResponse } from 'node:http';
import type { AppEvent } from '../shared/contract';
import { SECURITY_HEADERS } from './http-util';

/** Server-Sent Events fan-out of the core's events to every open page. */
export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(heartbeatMs = 15_000) {
    // Comments keep idle connections from being closed by anything in between.
    this.heartbeat = setInterval(() => this.clients.forEach((res) => res.write(': ping\n\n')), heartbeatMs);
    this.heartbeat.unref();
  }

  attach(res: ServerResponse): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  send(event: AppEvent): void {
    const frame = `event: ${event.name}\ndata: ${JSON.stringify(event)}\n\n`;
    this.clients.forEach((res) => res.write(frame));
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.clients.forEach((res) => res.end());
    this.clients.clear();
  }
}
