/**
 * Named network scenarios for tests and QA: added latency, a failing endpoint, a request that never answers,
 * malformed bodies, a dropped connection. They apply to API routes only, never to `/__sandbox` control routes.
 */
import { delay, HttpResponse } from 'msw';
import { json, type Route } from './router.js';
import { detail } from './sandbox-error.js';

export const SCENARIO_NAMES = ['latency', 'server_error', 'timeout', 'malformed_json', 'malformed_body', 'network_error'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface Scenario {
  name: ScenarioName;
  /** Which endpoint, as `METHOD /path` with the route's parameters, e.g. `POST /sources` or `GET /sources/:id`. All when absent. */
  endpoint?: string;
  /** `latency` only: milliseconds added before the normal answer. Default 1000. */
  latencyMs?: number;
  /** `server_error` only: the status to answer with. Default 500. */
  status?: number;
  /** How many matching requests it affects before switching itself off. Unlimited when absent. */
  times?: number;
}

export interface Scenarios {
  list(): Scenario[];
  /** Replaces all active scenarios (null or [] clears them). */
  set(scenarios: Scenario | Scenario[] | null): void;
  add(scenario: Scenario): void;
  clear(): void;
  /** Called by the router before each API route. */
  apply(route: Route): Promise<Response | undefined>;
}

export function createScenarios(): Scenarios {
  let active: Scenario[] = [];
  const scenarios: Scenarios = {
    list: () => active.map((s) => ({ ...s })),
    set(next) {
      active = next === null ? [] : (Array.isArray(next) ? next : [next]).map((s) => ({ ...s }));
    },
    add(scenario) {
      active.push({ ...scenario });
    },
    clear() {
      active = [];
    },
    async apply(route) {
      if (route.path.startsWith('/__sandbox')) return undefined;
      const endpoint = `${route.method} ${route.path}`;
      const scenario = active.find((s) => s.endpoint === undefined || s.endpoint === endpoint);
      if (!scenario) return undefined;
      if (scenario.times !== undefined && --scenario.times <= 0) active = active.filter((s) => s !== scenario);
      return answer(scenario);
    },
  };
  return scenarios;
}

async function answer(scenario: Scenario): Promise<Response | undefined> {
  switch (scenario.name) {
    case 'latency':
      await delay(scenario.latencyMs ?? 1000);
      return undefined; // then the route answers as usual
    case 'server_error':
      return json(scenario.status ?? 500, {
        type: 'api_error',
        errors: [detail('internal_server_error', 'Sandbox scenario: the service failed.')],
      });
    case 'timeout':
      await delay('infinite');
      return undefined;
    case 'malformed_json':
      return new HttpResponse('{"id": "src_', { status: 200, headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' } });
    case 'malformed_body':
      return json(200, { unexpected: true });
    case 'network_error':
      return HttpResponse.error();
  }
}

export function isScenario(value: unknown): value is Scenario {
  if (value === null || typeof value !== 'object') return false;
  const s = value as Record<string, unknown>;
  return (
    SCENARIO_NAMES.includes(s.name as ScenarioName) &&
    (s.endpoint === undefined || typeof s.endpoint === 'string') &&
    (s.latencyMs === undefined || (typeof s.latencyMs === 'number' && s.latencyMs >= 0)) &&
    (s.status === undefined || (Number.isInteger(s.status) && (s.status as number) >= 400 && (s.status as number) <= 599)) &&
    (s.times === undefined || (Number.isInteger(s.times) && (s.times as number) > 0))
  );
}
