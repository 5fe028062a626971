/* Hand-written manifest of the contract's shape and format-1 records and files exactly as the first version wrote them. */
"use strict";

const TYPES = {
  text: { value: "text", maxlength: 500 },
  longtext: { value: "text", maxlength: 10000 },
  date: { value: "date" },
  choice: { value: "choice" },
  multichoice: { value: "multichoice" },
  scale: { value: "choice", options: ["1", "2", "3", "4", "5"] },
};

/** A manifest like the build's: agreement with text/choice fields, goals with a repeatable group. */
function manifest(overrides) {
  const base = {
    format: "tyouramentorointi-answers",
    version: 1,
    limits: { max_rows: 200, max_file_bytes: 4 * 1024 * 1024 },
    types: TYPES,
    worksheets: {
      agreement: {
        title: "Mentoring agreement",
        page: "agreement",
        fields: {
          "mentee-name": { type: "text", label: "Mentee" },
          "start-date": { type: "date", label: "Start" },
          "meeting-rhythm": { type: "choice", label: "Rhythm", options: ["weekly", "biweekly", "monthly"] },
          "meeting-mode": { type: "multichoice", label: "Mode", options: ["face", "video", "phone"] },
          "confidentiality": { type: "longtext", label: "Confidentiality" },
        },
      },
      goals: {
        title: "SMART goals",
        page: "goals",
        fields: {
          hopes: { type: "longtext", label: "Hopes" },
          confidence: { type: "scale", label: "Confidence" },
          goals: {
            type: "group", label: "Goals", item: "Goal",
            fields: {
              goal: { type: "text", label: "Goal" },
              measurable: { type: "longtext", label: "Measurable" },
              deadline: { type: "date", label: "Deadline" },
            },
          },
        },
      },
    },
  };
  return overrides ? overrides(base) || base : base;
}

/** A record exactly as format 1 stores it at "<namespace>:worksheet:agreement". */
const RECORD_V1 = {
  version: 1,
  updated: "2026-03-01T10:00:00.000Z",
  answers: {
    "mentee-name": "Aino Aktori",
    "start-date": "2026-03-15",
    "meeting-rhythm": "weekly",
    "meeting-mode": ["face", "video"],
    "confidentiality": "Kaikki mitä puhumme.\nToinen rivi.",
  },
};

/** An export file exactly as format 1 writes it. */
const FILE_V1 = {
  format: "tyouramentorointi-answers",
  version: 1,
  exported: "2026-03-02T08:30:00.000Z",
  worksheets: {
    agreement: RECORD_V1.answers,
    goals: {
      hopes: "Työpaikka",
      confidence: "4",
      goals: [
        { goal: "Saan alan työpaikan", measurable: "Sopimus", deadline: "2026-12-31" },
        { goal: "Opin suomea", measurable: "", deadline: "" },
      ],
    },
  },
};

module.exports = { manifest, RECORD_V1, FILE_V1, TYPES };
