// English, built into the bundles; every other language is loaded when asked for. The checkout's English is in
// en.checkout.ts, so a bundle without the checkout (and an ES module chunk shared with it) carries only these.
import type { CoreTexts } from './index.js';

export const coreEnglish: CoreTexts = {
  challenge: { title: "Verify your payment", frameTitle: "Your bank’s verification page", cancel: "Cancel" },
};
