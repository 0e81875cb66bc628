export default function SurveyResponsesPage() {
  return null;
}
