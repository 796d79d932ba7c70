/**
 * `/__sandbox/sources/:id/challenge`: the sandbox's 3-D Secure challenge page (`public/sandbox/challenge.html`) reports
 * the shopper's answer here, the way a card issuer's access control server would tell the payment API. No API key.
 */
import { sourceRecord } from './checkouts.js';
import type { Route } from './router.js';
import { conflict, invalidParameter } from './sandbox-error.js';
import { moveSource, viewSource } from './sources.js';

export const challengeRoutes: Route[] = [
  {
    method: 'POST',
    path: '/__sandbox/sources/:id/challenge',
    access: 'open',
    handle: async (c) => {
      const { result } = (await c.body()) as { result?: unknown };
      if (result !== 'approve' && result !== 'decline') throw invalidParameter('result', 'result must be "approve" or "decline".');
      const record = sourceRecord(c.state, c.params.id!, 'id');
      if (record.source.state !== 'requires_action') {
        throw conflict('source_status_invalid_for_session', 'This source is not waiting for a 3-D Secure challenge.');
      }
      moveSource(record, result === 'approve' ? 'chargeable' : 'failed');
      return { status: 200, body: viewSource(record) };
    },
  },
];
