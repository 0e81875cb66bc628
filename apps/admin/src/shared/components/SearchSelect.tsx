import { Select, type SelectProps } from 'antd';

/** Options a page fetches as the user types; the component only renders them. */
export interface SearchSource {
  options: { value: string; label: string }[];
  loading: boolean;
  onSearch: (text: string) => void;
}

type Props = Omit<SelectProps<string>, 'options' | 'loading' | 'onSearch' | 'showSearch' | 'filterOption'> & { source: SearchSource };

/** A select whose options come from the server, filtered there rather than in the browser. */
export function SearchSelect({ source, ...props }: Props) {
  return (
    <Select<string>
      {...props}
      showSearch={{ filterOption: false, onSearch: source.onSearch }}
      options={source.options}
      loading={source.loading}
    />
  );
}
