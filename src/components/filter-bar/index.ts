export { FilterBar, type FilterBarProps } from './filter-bar';
export { FilterChips } from './filter-chips';
export { FilterProblems } from './filter-problems';
export { quarterPeriod, quickChoiceOf, yearChoices, yearPeriod } from './period';
export { useFilterChips, type FilterChip } from './use-filter-labels';
