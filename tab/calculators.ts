import { mmeForm } from './mme-form.js';
import { oswestryForm } from './oswestry-form.js';
import { startBackForm } from './start-back-form.js';

export function mountCalculators(container: HTMLElement): void {
  container.replaceChildren(mmeForm(), startBackForm(), oswestryForm());
}
