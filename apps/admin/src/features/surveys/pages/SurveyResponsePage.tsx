export default function SurveyResponsePage() {
  return null;
}
