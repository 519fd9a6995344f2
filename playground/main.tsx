/**
 * The playground page. The production build writes the page's first render into index.html
 * (build/prerender.tsx), so the sample shows before any script has run; React then attaches to that
 * HTML instead of drawing it again. The development server serves the plain page.
 */
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createPlayground, PRERENDERED } from './createPlayground.js';

void createPlayground().then((page) => {
  const root = document.getElementById('root')!;
  if (root.hasAttribute(PRERENDERED)) hydrateRoot(root, page);
  else createRoot(root).render(page);
});
