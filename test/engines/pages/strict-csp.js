// The DigitalRiver.js snippet, as a storefront writes it, in French; the library and its frames come from the origins
// the page names (the engine runner's servers), and the payment API is the frame deployment's sandbox.
const { library, frames } = document.documentElement.dataset;
const dr = new DigitalRiver('pk_test_strict_csp', { locale: 'fr-FR', apiBaseUrl: `${library}/sandbox-api/~strict-csp`, frameUrl: `${frames}/frames/frame.html` });
const number = dr.createElement('cardnumber', { style: { base: { fontSize: '16px' }, complete: { color: 'rgb(0, 100, 0)' } } });
number.mount('card-number');
dr.createElement('cardexpiration', {}).mount('card-expiration');
dr.createElement('cardcvv', {}).mount('card-cvv');
window.number = number;
document.getElementById('pay').addEventListener('click', async () => {
  const owner = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test' };
  const { source, error } = await dr.createSource(number, { type: 'creditCard', owner });
  document.getElementById('result').textContent = source ? `Source ${source.id}: ${source.state}` : `Error: ${error.message}`;
});
