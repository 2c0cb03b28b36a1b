import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { paths } from '@/lib/paths';
import { consultationsOfTopic } from './links';
import { Sparkline } from './sparkline';
import { onAxis, type TopicNode } from './topic-tree';
import { peakOf, quarterLabel } from './trend-text';

interface Props {
  nodes: TopicNode[];
  axis: string[];
  collapsed: ReadonlySet<string>;
  onToggle: (id: string) => void;
  nameOf: (id: string) => string;
}

/**
 * The taxonomy as nested lists: the nesting says which topic is under which, to the eye and to a
 * screen reader. Each row: the topic, how often it came up itself and with its subtopics, its
 * quarters as a sparkline with the peak in words, and what it is most often discussed with.
 */
export const TopicTreeView = memo(function TopicTreeView({
  nodes,
  axis,
  collapsed,
  onToggle,
  nameOf,
}: Props) {
  const { t } = useTranslation('topics');
  return (
    <div className="topic-tree-wrap">
      <div className="topic-row topic-head" aria-hidden="true">
        <span>{t('tree.topic')}</span>
        <span className="num">{t('tree.own')}</span>
        <span className="num">{t('tree.withChildren')}</span>
        <span>{t('tree.trend')}</span>
        <span>{t('tree.cooccurring')}</span>
      </div>
      <ul className="topic-tree" data-bench="topic-tree" aria-label={t('tree.label')}>
        {nodes.map((node) => (
          <TopicItem
            key={node.id}
            node={node}
            axis={axis}
            collapsed={collapsed}
            onToggle={onToggle}
            nameOf={nameOf}
          />
        ))}
      </ul>
    </div>
  );
});

function TopicItem({
  node,
  axis,
  collapsed,
  onToggle,
  nameOf,
}: { node: TopicNode } & Omit<Props, 'nodes'>) {
  const { t } = useTranslation('topics');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const open = !collapsed.has(node.id);
  const values = onAxis(node.trend, axis);
  const peak = peakOf(values, axis);
  const last = axis.at(-1);
  const lastCount = values.at(-1) ?? 0;
  const trendLabel = peak
    ? t('tree.trendLabel', {
        name: node.name,
        from: quarterLabel(axis[0] ?? '', tc),
        to: quarterLabel(last ?? '', tc),
        peak: peak.count,
        peakQuarter: quarterLabel(peak.period, tc),
        last: lastCount,
      })
    : t('tree.trendNone', { name: node.name });
  const childListId = `topic-children-${node.id}`;
  return (
    <li>
      <div className="topic-row" style={{ ['--depth' as string]: node.depth }}>
        <span className="topic-name">
          {node.children.length > 0 ? (
            <button
              type="button"
              className="tree-toggle"
              aria-expanded={open}
              aria-controls={open ? childListId : undefined}
              aria-label={t(open ? 'tree.collapse' : 'tree.expand', { name: node.name })}
              onClick={() => onToggle(node.id)}
            >
              <span aria-hidden="true">{open ? '▾' : '▸'}</span>
            </button>
          ) : (
            <span className="tree-leaf" aria-hidden="true" />
          )}
          <Link to={paths.topic(node.id)}>{node.name}</Link>
        </span>
        <span className="num">
          <span className="visually-hidden">{t('tree.ownLabel')} </span>
          {formatNumber(node.own, language)}
        </span>
        <span className="num">
          <span className="visually-hidden">{t('tree.withChildrenLabel')} </span>
          {node.withChildren ? (
            <Link
              to={consultationsOfTopic(node.id)}
              aria-label={t('tree.openList', {
                count: node.withChildren,
                formatted: formatNumber(node.withChildren, language),
                name: node.name,
              })}
            >
              {formatNumber(node.withChildren, language)}
            </Link>
          ) : (
            formatNumber(0, language)
          )}
        </span>
        <span className="topic-trend">
          <Sparkline values={values} label={trendLabel} />
          {peak && (
            <span className="trend-peak" aria-hidden="true">
              {t('tree.peak', { count: peak.count, quarter: quarterLabel(peak.period, tc) })}
            </span>
          )}
        </span>
        <span className="topic-with">
          {node.cooccurring.length > 0 && (
            <span className="visually-hidden">{t('tree.cooccurringLabel')} </span>
          )}
          {node.cooccurring.slice(0, 2).map((c, i) => (
            <span key={c.topicId}>
              {i > 0 && ', '}
              <Link to={paths.topic(c.topicId)}>{nameOf(c.topicId)}</Link>{' '}
              <span className="muted">({formatNumber(c.count, language)})</span>
            </span>
          ))}
        </span>
      </div>
      {open && node.children.length > 0 && (
        <ul id={childListId}>
          {node.children.map((child) => (
            <TopicItem
              key={child.id}
              node={child}
              axis={axis}
              collapsed={collapsed}
              onToggle={onToggle}
              nameOf={nameOf}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
