/** Jest: unit tests run in Node; component tests (*.dom.test.tsx) in jsdom. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/{src,test,functions,taskpane}/**/*.test.ts'],
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/{src,test,taskpane}/**/*.dom.test.tsx'],
      setupFiles: ['<rootDir>/test/setup/jsdom.ts'],
    },
  ],
};
