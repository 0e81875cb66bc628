export default function SurveyTemplatePage() {
  return null;
}
