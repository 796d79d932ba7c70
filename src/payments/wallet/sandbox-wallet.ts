// The script `sandbox-wallet.js` of a sandbox frames deployment (built by scripts/frame-assets.mjs): it hands the
// sandbox's wallet sheet over in `drSandboxWallet`, for the wallet element that loaded it (load-sandbox-wallet.ts).
import { openSandboxWallet, type OpenSandboxWallet } from './sandbox-wallet-dialog.js';

(self as { drSandboxWallet?: OpenSandboxWallet }).drSandboxWallet = openSandboxWallet;
