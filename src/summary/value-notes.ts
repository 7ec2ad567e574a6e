/**
 * The notes on the summary's computed values (figures no Excel 2016 formula can give), in three
 * languages: when each was computed, from what, and that running the summary again updates it.
 */
import { Locale } from "../cells/messages";

/** The texts of the notes on computed values. */
export interface ValueNoteLabels {
  repeatRateNote: (computedAt: string, customers: number, repeaters: number) => string;
  /** On NPS and its margin of error over a score column holding answers as text. */
  surveyNpsNote: (computedAt: string, answers: number) => string;
}

const ENGLISH: ValueNoteLabels = {
  repeatRateNote: (at, customers, repeaters) =>
    `Computed ${at} from ${customers} customers, ${repeaters} of whom ordered twice or more. A value, not a formula: run the summary again to update it.`,
  surveyNpsNote: (at, answers) =>
    `Computed ${at} from ${answers} answers. The score column holds answers as text ("10 - Extremely likely"), read as WOM.NPS reads them; Excel's COUNTIFS cannot count text, so this is a value, not a formula: run the summary again to update it.`,
};

function chinese(t: (simplified: string, traditional: string) => string): ValueNoteLabels {
  return {
    repeatRateNote: (at, customers, repeaters) =>
      t(
        `于 ${at} 根据 ${customers} 位客户计算，其中 ${repeaters} 位下单两次或以上。此为数值而非公式：再次生成总结即可更新。`,
        `於 ${at} 根據 ${customers} 位客戶計算，其中 ${repeaters} 位下單兩次或以上。此為數值而非公式：再次產生總結即可更新。`
      ),
    surveyNpsNote: (at, answers) =>
      t(
        `于 ${at} 根据 ${answers} 个回答计算。评分列以文字记录回答（如 "10 - Extremely likely"），按 WOM.NPS 的规则读取；Excel 的 COUNTIFS 无法计数文字，因此这是数值而非公式：再次生成总结即可更新。`,
        `於 ${at} 根據 ${answers} 個回答計算。評分欄以文字記錄回答（如 "10 - Extremely likely"），依 WOM.NPS 的規則讀取；Excel 的 COUNTIFS 無法計數文字，因此這是數值而非公式：再次產生總結即可更新。`
      ),
  };
}

/** The notes on computed values in a language. */
export function valueNoteLabels(locale: Locale): ValueNoteLabels {
  if (locale === "en") return ENGLISH;
  return chinese((simplified, traditional) => (locale === "zh-CN" ? simplified : traditional));
}
