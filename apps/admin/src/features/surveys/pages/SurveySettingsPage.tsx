export default function SurveySettingsPage() {
  return null;
}
