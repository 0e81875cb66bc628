export default function SurveyCallsPage() {
  return null;
}
