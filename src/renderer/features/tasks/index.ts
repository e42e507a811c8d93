/** Long tasks shared by every tab (reverts, exports, downloads): mount <TasksProvider> once, show <TaskBar />, run with useTasks(). */
export { TasksProvider, useTasks, type Tasks, type TaskContext } from './TasksProvider';
export { TaskBar } from './TaskBar';
export { exportRecordsFile } from './export-records';
