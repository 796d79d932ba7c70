import { createApp } from 'vue';
import 'dr-checkout-widget/vue'; // types for <dr-card-*> in templates
import App from './App.vue';

createApp(App).mount('#app');
