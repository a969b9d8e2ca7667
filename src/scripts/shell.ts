import { initNotices } from './notices';
import { initTheme } from './theme';
import { initProgress } from './progress-ui';
import { initCodeCopy } from './code-copy';
import { initMermaid } from './mermaid-loader';
import { initCourseNav } from './course-nav';
import { initOffline } from './offline';
import { initDiagramOpen } from './diagram-open';
import { initInstructor } from './instructor';
import { initWorkshopBanner } from './workshop-banner';
import { initTermTips } from './term-tips';

// Notices first, so problems found while reading storage are shown.
initNotices();
initTheme();
initProgress();
initCodeCopy();
initMermaid();
initCourseNav();
initOffline();
initDiagramOpen();
initInstructor();
initWorkshopBanner();
initTermTips();
