export { DirectoryPage, directoryLoader } from './directory/directory-page';
export { ProfilePage } from './profile/profile-page';
