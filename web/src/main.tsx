import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './styles/base.css';
import './styles/controls.css';
import './styles/status.css';
import './styles/rail.css';
import './map/map.css';
import './detail/detail.css';
import './detail/detail-standing.css';
import './detail/detail-evidence.css';
import './detail/detail-intro.css';
import './shortlist/shortlist.css';
import './matrix/matrix.css';
import './whatif/whatif.css';
import './whitespace/whitespace.css';
import './changes/changes.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
