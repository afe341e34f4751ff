// Placeholder task pane; the task pane issue replaces this component.
import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import type { HostInfo } from './host';

export interface AppProps {
  host: HostInfo;
}

export function App({ host }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <Text as="h1" size={500} weight="semibold" block>
          继续教育学时合规助手
        </Text>
        <Text block>{host.kind === 'excel' ? '已连接 Excel。' : '预览模式：未在 Excel 中运行。'}</Text>
      </main>
    </FluentProvider>
  );
}

export default App;
