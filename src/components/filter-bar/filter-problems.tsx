import { useTranslation } from 'react-i18next';
import type { FilterProblem } from '@/lib/consultation-filter-params';
import './filter-bar.css';

/**
 * Says which values of the address were not applied ("Ignored status “finished”: not a known
 * value"), so a mistyped or outdated link does not silently show something else.
 */
export function FilterProblems({ problems }: { problems: readonly FilterProblem[] }) {
  // Nothing to say needs no words: a clean address does not wait for the filters' catalogue.
  return problems.length ? <ProblemList problems={problems} /> : null;
}

function ProblemList({ problems }: { problems: readonly FilterProblem[] }) {
  const { t } = useTranslation('filters');
  return (
    <div className="filter-bar-problems" role="status">
      <p>{t('problems.title', { count: problems.length })}</p>
      <ul>
        {problems.map((p, index) => (
          <li key={`${p.param}-${p.value}-${index}`}>
            {t(`problems.${p.code}`, {
              param: t(`param.${p.param}`, { defaultValue: p.param }),
              value: p.value,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
