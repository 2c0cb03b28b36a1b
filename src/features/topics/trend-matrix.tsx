import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { onAxis, type TopicNode } from './topic-tree';
import { quarterLabel } from './trend-text';

/** Every sparkline's numbers in one table: topics down, quarters across. */
export function TrendMatrix({ nodes, axis }: { nodes: TopicNode[]; axis: string[] }) {
  const { t } = useTranslation('topics');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  // Hundreds of cells: drawn only once someone opens it.
  const [open, setOpen] = useState(false);
  return (
    <details className="trend-matrix" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('matrix.show')}</summary>
      {open && (
        <div className="table-scroll">
          <table>
            <caption>{t('matrix.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tree.topic')}</th>
                {axis.map((period) => (
                  <th key={period} scope="col" className="num">
                    {quarterLabel(period, tc)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {nodes.map((node) => (
                <tr key={node.id}>
                  <th scope="row" style={{ paddingLeft: `${0.6 + node.depth * 1.1}rem` }}>
                    {node.name}
                  </th>
                  {onAxis(node.trend, axis).map((v, i) => (
                    <td key={axis[i]} className="num">
                      {v ? formatNumber(v, language) : <span className="muted">0</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
