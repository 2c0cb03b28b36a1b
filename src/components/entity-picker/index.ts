export { EntityPicker, type EntityPickerProps } from './entity-picker';
export { EntityMultiPicker, type EntityMultiPickerProps } from './entity-multi-picker';
