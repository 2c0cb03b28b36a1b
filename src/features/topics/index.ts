export { TopicsPage, topicsLoader } from './topics-page';
export { TopicPage, topicLoader } from './topic-page';
