import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/i18n/use-language';
import { entryName, useDirectoryLookup } from '../entity-name';
import { EntityPicker, type EntityPickerProps } from './entity-picker';

export interface EntityMultiPickerProps extends Omit<EntityPickerProps, 'value' | 'onChange'> {
  value: string[];
  onChange: (ids: string[]) => void;
}

/** Several entries: the chosen ones as removable chips, and a picker to add one more. */
export function EntityMultiPicker({ value, onChange, ...props }: EntityMultiPickerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const lookup = useDirectoryLookup(props.kind);
  return (
    <div className="entity-multi-picker">
      <EntityPicker
        {...props}
        value={null}
        onChange={(id) => {
          if (id && !value.includes(id)) onChange([...value, id]);
        }}
      />
      {value.length > 0 && (
        <ul className="chips" aria-label={props.label}>
          {value.map((id) => {
            const name = entryName(lookup.get(id), language) || id;
            return (
              <li key={id} className="chip">
                <span>{name}</span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('picker.remove', { name })}
                  disabled={props.disabled}
                  onClick={() => onChange(value.filter((v) => v !== id))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
