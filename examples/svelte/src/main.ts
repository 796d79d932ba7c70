import { mount } from 'svelte';
import 'dr-checkout-widget/svelte'; // types for <dr-card-*> in markup
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
