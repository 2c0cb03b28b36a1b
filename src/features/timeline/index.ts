export { TimelinePage } from './components/timeline-page';
