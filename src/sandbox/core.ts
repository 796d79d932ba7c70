/** The sandbox pieces shared by every entry point (browser, Node, HTTP server), for advanced use. */
export { createHandlers, defaultBaseUrls, type HandlerOptions } from './handlers.js';
export { createControls, type SandboxControls } from './controls.js';
export { createClock, type Clock } from './clock.js';
export { createStore, type Store, type SourceRecord, type CheckoutRecord, type CustomerRecord, type OrderRecord } from './store.js';
export { createSandboxState, DEFAULT_CVC_LIFETIME_MS, type SandboxOptions, type SandboxState } from './state.js';
export { SCENARIO_NAMES, type Scenario, type ScenarioName, type Scenarios } from './scenarios.js';
export { TEST_CARDS, OUTCOME_BY_LAST_NAME, type TestCard, type PaymentOutcome } from './test-cards.data.js';
export { PAYMENT_METHODS, SOURCE_TRANSITIONS, type PaymentMethod } from './payment-methods.data.js';
export { PENDING_FAILS_AFTER_MS } from './orders.js';
export { sandboxCheckoutServer, type SandboxCheckoutServerOptions } from './checkout-server.js';
export { connectSandbox, newTenantUrl, RemoteSandboxError, type RemoteSandbox, type RemoteClock, type RemoteSourceSummary } from './remote.js';
