import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './styles/base.css';
import './styles/controls.css';
import './styles/status.css';
import './styles/rail.css';
import './styles/map.css';
import './styles/detail.css';
import './styles/detail-standing.css';
import './styles/detail-evidence.css';
import './styles/shortlist.css';
import './styles/matrix.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
