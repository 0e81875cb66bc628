export { LanguageSwitch } from './LanguageSwitch';
export { PageError, PageLoading } from './PageState';
export { JsonView } from './JsonView';
export { GrantsField } from './GrantsField';
export { GrantTags } from './GrantTags';
export { ToneTag, type Tone } from './ToneTag';
export { FormAlert } from './FormAlert';
export { SearchSelect, type SearchSource } from './SearchSelect';
export { NewPasswordFields } from './NewPasswordFields';
