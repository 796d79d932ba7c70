// The sandbox wallet's shopper: what a real wallet would hand over from the shopper's account. No card data: the
// sandbox makes the wallet source from its own test card.

/** Digital River's shipping (and billing) address object. */
export interface WalletAddress {
  name: string;
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  address: { line1: string; line2: string; city: string; postalCode: string; state: string; country: string };
}

/** Digital River's contact information object. */
export interface ContactInformation {
  name: string;
  phone: string;
  email: string;
}

const shopper = { name: 'John Doe', firstName: 'John', lastName: 'Doe', phone: '+16519895326', email: 'jdoe@example.test' };

/** The addresses the tester picks from; the first is also the billing address. */
export const SANDBOX_ADDRESSES: readonly WalletAddress[] = [
  { ...shopper, address: { line1: '10380 Bren Road W', line2: '', city: 'Minnetonka', postalCode: '55343', state: 'MN', country: 'US' } },
  { ...shopper, address: { line1: '100 Queen Street W', line2: '', city: 'Toronto', postalCode: 'M5H 2N2', state: 'ON', country: 'CA' } },
  { ...shopper, address: { line1: 'Unter den Linden 1', line2: '', city: 'Berlin', postalCode: '10117', state: '', country: 'DE' } },
];

export const SANDBOX_CONTACT: ContactInformation = { name: shopper.name, phone: shopper.phone, email: shopper.email };
