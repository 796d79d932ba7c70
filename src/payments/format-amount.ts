/** An amount in a currency as a shopper reading `language` writes it (`$100.00`, `100,00 $US`); an unknown currency code as given. */
export function formatAmount(amount: number, currency: string, language = 'en'): string {
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}
