import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
// Before the first render, so the first paint is already in the right language.
import './i18n';
import { applySavedTheme } from './theme/theme';
import './styles.css';

applySavedTheme();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
