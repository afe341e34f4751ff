/** A workbook inlined by the offline build (webpack `asset/inline`): its data: URL. */
declare module '*.xlsx' {
  const dataUrl: string;
  export default dataUrl;
}
